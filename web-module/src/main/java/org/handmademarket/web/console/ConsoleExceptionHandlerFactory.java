package org.handmademarket.web.console;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link ConsoleExceptionHandler} (faces-config.xml). */
public class ConsoleExceptionHandlerFactory extends ExceptionHandlerFactory {

  public ConsoleExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new ConsoleExceptionHandler(getWrapped().getExceptionHandler());
  }
}
