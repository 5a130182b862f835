package org.handmademarket.web.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import org.handmademarket.platform.errors.MarketplaceException;

/** Messages for the growl: what a console action did. Refusals come from the exception handler. */
public final class Messages {

  private Messages() {}

  /**
   * Shows a {@code validation} refusal's messages at their inputs and a summary above the form, so
   * that backing beans need not unpack the problem's {@code errors} themselves.
   *
   * @param clientIds the client id of the input for each field the service names
   */
  public static void fieldErrors(MarketplaceException refused, Map<String, String> clientIds) {
    FacesContext context = FacesContext.getCurrentInstance();
    if (refused.details().get("errors") instanceof List<?> errors) {
      for (Object error : errors) {
        if (error instanceof Map<?, ?> entry) {
          String message = String.valueOf(entry.get("message"));
          context.addMessage(
              clientIds.get(String.valueOf(entry.get("field"))),
              new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
      }
    }
    context.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR, "Not saved", "Some fields are not valid: see the form."));
    context.validationFailed();
  }

  public static void done(String summary) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    // Kept for the next page when the action redirects (e.g. to a new listing's form).
    context.getExternalContext().getFlash().setKeepMessages(true);
  }
}
