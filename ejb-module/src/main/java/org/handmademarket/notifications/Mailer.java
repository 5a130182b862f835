package org.handmademarket.notifications;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Hands one mail to the SMTP server: a multipart/alternative message (plain text first, then HTML)
 * whose Message-ID is the delivery's own ({@link QueuedMail#messageId()}), so that a mail support
 * sends again is recognisably the same mail to the receiving side.
 */
@ApplicationScoped
public class Mailer {

  @Inject MailSettings settings;

  private Session session;

  @PostConstruct
  void init() {
    Properties properties = new Properties();
    String protocol = settings.security() == MailSettings.Security.TLS ? "smtps" : "smtp";
    properties.put("mail.transport.protocol", protocol);
    properties.put("mail." + protocol + ".host", settings.host());
    properties.put("mail." + protocol + ".port", String.valueOf(settings.port()));
    properties.put("mail." + protocol + ".connectiontimeout", settings.timeoutMillis());
    properties.put("mail." + protocol + ".timeout", settings.timeoutMillis());
    properties.put("mail." + protocol + ".writetimeout", settings.timeoutMillis());
    properties.put("mail." + protocol + ".auth", String.valueOf(settings.user().isPresent()));
    if (settings.security() == MailSettings.Security.STARTTLS) {
      properties.put("mail.smtp.starttls.enable", "true");
      properties.put("mail.smtp.starttls.required", "true");
    }
    if (settings.security() != MailSettings.Security.NONE) {
      properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
    }
    session = Session.getInstance(properties);
  }

  /**
   * @throws MessagingException when the server is unreachable or refuses the mail
   */
  public void send(QueuedMail mail) throws MessagingException {
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", mail.messageId());
          }
        };
    message.setFrom(new InternetAddress(settings.from()));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient()));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
    MimeMultipart alternatives = new MimeMultipart("alternative", text, html);
    message.setContent(alternatives);
    message.saveChanges();
    if (settings.user().isPresent()) {
      Transport.send(message, settings.user().get(), settings.password());
    } else {
      Transport.send(message);
    }
  }
}
