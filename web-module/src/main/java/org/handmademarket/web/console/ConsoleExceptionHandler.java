package org.handmademarket.web.console;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * Turns what the services refuse into a message on the page, so that backing beans need no
 * try/catch: a refused action shows why (an illegal order move, another seller's listing), and a
 * page opened for a record the caller may not see answers with the refusal's status (404, 403). An
 * expired view or session leads to the sign-in page with "your session expired"; a protected view
 * requested without its token (a forged link) is 403.
 */
class ConsoleExceptionHandler extends ExceptionHandlerWrapper {

  ConsoleExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      if (handled(context, events.next().getContext().getException())) {
        events.remove();
      }
    }
    getWrapped().handle();
  }

  private static boolean handled(FacesContext context, Throwable thrown) {
    ExternalContext external = context.getExternalContext();
    if (causeOf(thrown, ViewExpiredException.class) != null) {
      redirect(context, ConsoleAreas.SIGN_IN + "?expired=true");
      return true;
    }
    if (causeOf(thrown, ProtectedViewException.class) != null) {
      try {
        external.responseSendError(403, "This link is not valid here: use the console's own.");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      context.responseComplete();
      return true;
    }
    MarketplaceException refused = causeOf(thrown, MarketplaceException.class);
    if (refused == null) {
      return false;
    }
    if (refused.type() == ProblemType.UNAUTHENTICATED) {
      redirect(context, ConsoleAreas.SIGN_IN + "?expired=true");
      return true;
    }
    context.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR, refused.type().title(), refused.getMessage()));
    context.validationFailed();
    if (!context.isPostback() && !external.isResponseCommitted()) {
      external.setResponseStatus(refused.type().status());
    }
    return true;
  }

  private static void redirect(FacesContext context, String page) {
    ExternalContext external = context.getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + page);
    } catch (IOException e) {
      throw new FacesException(e);
    }
    context.responseComplete();
  }

  private static <T extends Throwable> T causeOf(Throwable thrown, Class<T> type) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }
}
