package org.handmademarket.web.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Messages for the growl: what a console action did. Refusals come from the exception handler. */
public final class Messages {

  private Messages() {}

  public static void done(String summary) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    // Kept for the next page when the action redirects (e.g. to a new listing's form).
    context.getExternalContext().getFlash().setKeepMessages(true);
  }
}
