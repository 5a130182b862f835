package org.handmademarket.localstack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * An embedded SMTP server (GreenMail) that keeps every mail it receives in memory, with an IMAP
 * server beside it to read them with any mail client: the user is the recipient's address, any
 * password is accepted. Bound to 127.0.0.1. Stopping and starting it again on the same ports is how
 * tests take the mail server down and bring it back; it forgets the mails it held.
 */
public final class MailServer implements ManagedService {

  private final int smtpPort;
  private final int imapPort;
  private GreenMail server;

  public MailServer(int smtpPort, int imapPort) {
    this.smtpPort = smtpPort;
    this.imapPort = imapPort;
  }

  @Override
  public String name() {
    return "Mail (SMTP/IMAP)";
  }

  @Override
  public synchronized void start() {
    if (server != null) {
      return;
    }
    server =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    server.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    server.start();
  }

  public int smtpPort() {
    return smtpPort;
  }

  public int imapPort() {
    return imapPort;
  }

  /** Every mail received since the server (re)started, in arrival order. */
  public synchronized List<MimeMessage> received() {
    if (server == null) {
      throw new IllegalStateException("The mail server is stopped");
    }
    return List.of(server.getReceivedMessages());
  }

  @Override
  public synchronized void stop() {
    if (server == null) {
      return;
    }
    try {
      server.stop();
    } finally {
      server = null;
    }
  }
}
