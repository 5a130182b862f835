package org.handmademarket.web.console.support;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.handmademarket.notifications.MailDeliveries;
import org.handmademarket.notifications.MailDeliveryView;
import org.handmademarket.web.console.Messages;

/**
 * Mail delivery for support: dead letters and uncertain sends, each with "Send again", and the
 * latest mails of every kind (the mail log; locally, where a developer sees what was sent).
 */
@Named
@ViewScoped
public class MailsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int LOG_SIZE = 50;

  @Inject MailDeliveries deliveries;

  private List<MailDeliveryView> troubled;
  private List<MailDeliveryView> recent;

  public void load() {
    troubled = deliveries.troubled();
    recent = deliveries.recent(LOG_SIZE);
  }

  public void sendAgain(long mailId) {
    deliveries.sendAgain(mailId);
    Messages.done("Mail " + mailId + " is queued again");
    load();
  }

  public List<MailDeliveryView> getTroubled() {
    return troubled;
  }

  public List<MailDeliveryView> getRecent() {
    return recent;
  }
}
