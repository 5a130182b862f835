package org.handmademarket.web.socket;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

/**
 * The WebSocket end of live updates; {@link LiveHub} does the work. Under {@code /api} so that the
 * storefront's routing and a reverse proxy treat it like the rest of the API. {@link LiveHandshake}
 * checks the upgrade's origin and keeps its session token.
 */
@ServerEndpoint(value = "/api/live", configurator = LiveHandshake.class)
public class LiveEndpoint {

  /**
   * Client messages are a few dozen bytes: anything much longer is not one, and closes the socket.
   */
  static final int MAX_MESSAGE_BYTES = 1024;

  @Inject LiveHub hub;

  @OnOpen
  public void open(Session session) {
    hub.opened(session);
  }

  @OnMessage(maxMessageSize = MAX_MESSAGE_BYTES)
  public void message(Session session, String text) {
    hub.received(session, text);
  }

  @OnClose
  public void close(Session session, CloseReason reason) {
    hub.closed(session);
  }

  @OnError
  public void error(Session session, Throwable failure) {
    hub.closed(session);
  }
}
