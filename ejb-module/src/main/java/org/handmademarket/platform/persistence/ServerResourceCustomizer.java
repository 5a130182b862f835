package org.handmademarket.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Points the persistence unit at the server's JDBC resource when {@code db.jndi-name} is set;
 * otherwise leaves the jta-data-source of persistence.xml (the application's own pool) in place.
 * Both the transactional connections and the read pool's are replaced, so no query reaches the
 * unused pool.
 */
public class ServerResourceCustomizer implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    String name = MarketplaceDataSource.jndiName();
    if (name.equals(DatabaseMigration.DATASOURCE)) {
      return;
    }
    connectThrough(session.getDatasourceLogin(), name);
    if (session instanceof ServerSession server) {
      connectThrough(server.getReadConnectionPool().getLogin(), name);
    }
  }

  private static void connectThrough(Login login, String name) {
    JNDIConnector connector = new JNDIConnector(name);
    connector.setLookupType(JNDIConnector.STRING_LOOKUP);
    ((DatasourceLogin) login).setConnector(connector);
  }
}
