package org.handmademarket.notifications;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Every {@code notifications.poll.millis} (500 ms by default) on each instance: consumes the due
 * order events into queued mails, then sends the due mails. A fixed delay between runs makes it
 * single-flight per instance; row claims make several instances safe together.
 *
 * <p>Metrics: {@code notifications.mails.sent}, {@code .failed} (attempts that will be retried) and
 * {@code .dead}; {@code notifications.mail.delivery}: time from queueing a mail to the SMTP
 * server's acceptance.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@Lock(LockType.READ)
public class NotificationPoller {

  private static final Logger LOG = Logger.getLogger(NotificationPoller.class.getName());

  /** How long one run may keep working before it yields to the next scheduled run. */
  private static final Duration RUN_LIMIT = Duration.ofSeconds(5);

  private static final int EVENT_BATCH = 50;

  @EJB OrderEventConsumer consumer;
  @EJB MailSender sender;
  @Inject Mailer mailer;
  @Inject MetricRegistry metrics;
  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "notifications.poll.millis")
  long pollMillis;

  private ScheduledFuture<?> schedule;
  private Counter sent;
  private Counter failed;
  private Counter dead;
  private Timer delivery;
  private volatile boolean paused;
  private volatile boolean failing;

  @PostConstruct
  void start() {
    sent = metrics.counter("notifications.mails.sent");
    failed = metrics.counter("notifications.mails.failed");
    dead = metrics.counter("notifications.mails.dead");
    delivery = metrics.timer("notifications.mail.delivery");
    schedule =
        scheduler.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  /**
   * Stops consuming and sending on this instance until {@link #resume()}, e.g. while the SMTP
   * settings are being changed. What is due waits; nothing is lost.
   */
  public void pause() {
    paused = true;
  }

  public void resume() {
    paused = false;
  }

  /** Never throws: an exception would cancel the schedule for good. */
  void poll() {
    if (paused) {
      return;
    }
    try {
      long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
      consumeEvents(deadline);
      sendMails(deadline);
      if (failing) {
        failing = false;
        LOG.info("Notifications are being delivered again");
      }
    } catch (RuntimeException e) {
      if (!failing) {
        failing = true;
        LOG.log(Level.WARNING, "Delivering notifications failed; retrying", e);
      }
    }
  }

  private void consumeEvents(long deadline) {
    for (Long eventId : consumer.due(EVENT_BATCH)) {
      if (System.nanoTime() > deadline || paused) {
        return;
      }
      try {
        consumer.consume(eventId);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Order event " + eventId + " could not be consumed", e);
        consumer.failed(eventId, String.valueOf(rootCause(e)));
      }
    }
  }

  private void sendMails(long deadline) {
    while (System.nanoTime() < deadline && !paused) {
      Optional<MailSender.Claimed> next = sender.claimNext();
      if (next.isEmpty()) {
        return;
      }
      MailSender.Claimed claimed = next.get();
      try {
        mailer.send(claimed.mail());
      } catch (MessagingException | RuntimeException e) {
        if (sender.failed(claimed, String.valueOf(e))) {
          dead.inc();
          LOG.warning(
              () -> "Mail " + claimed.mail().id() + " is a dead letter after: " + e.getMessage());
        } else {
          failed.inc();
        }
        // The server is likely down: the others wait for the next run rather than fail too.
        return;
      }
      sender.sent(claimed.mail().id());
      sent.inc();
      delivery.update(
          Duration.between(claimed.queuedAt(), OffsetDateTime.now(ZoneOffset.UTC)).abs());
    }
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
