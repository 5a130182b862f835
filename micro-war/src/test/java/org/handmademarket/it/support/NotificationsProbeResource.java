package org.handmademarket.it.support;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Optional;
import org.handmademarket.notifications.MailSender;
import org.handmademarket.notifications.Mailer;
import org.handmademarket.notifications.NotificationPoller;
import org.handmademarket.notifications.OrderEventConsumer;
import org.handmademarket.platform.outbox.OutboxHousekeeping;

/**
 * Deployed with the tests only: drives the notification pipeline step by step so that a crash can
 * be simulated where it hurts (after the SMTP server took a mail, before its outcome committed),
 * and runs the outbox purge now instead of hourly.
 */
@Path("test-probe/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsProbeResource {

  @EJB NotificationPoller poller;
  @EJB OrderEventConsumer consumer;
  @EJB MailSender sender;
  @EJB OutboxHousekeeping housekeeping;
  @Inject Mailer mailer;

  @POST
  @Path("pause")
  public void pause() {
    poller.pause();
  }

  @POST
  @Path("resume")
  public void resume() {
    poller.resume();
  }

  /**
   * Does what the paused poller would, until the mail to {@code recipient} has been handed to the
   * SMTP server, and then "crashes": that mail's outcome is never recorded. Other mails on the way
   * are delivered normally. Answers the id of the mail left behind.
   */
  @POST
  @Path("crash-after-send")
  public Map<String, Long> crashAfterSend(@QueryParam("recipient") String recipient)
      throws Exception {
    for (Long eventId : consumer.due(100)) {
      consumer.consume(eventId);
    }
    for (int i = 0; i < 100; i++) {
      Optional<MailSender.Claimed> next = sender.claimNext();
      if (next.isEmpty()) {
        break;
      }
      mailer.send(next.get().mail());
      if (next.get().mail().recipient().equals(recipient)) {
        return Map.of("mailId", next.get().mail().id());
      }
      sender.sent(next.get().mail().id());
    }
    throw new IllegalStateException("No mail to " + recipient + " was due");
  }

  @POST
  @Path("purge-outbox")
  public Map<String, Integer> purgeOutbox() {
    return Map.of("purged", housekeeping.purgeConsumed());
  }
}
