/**
 * The PostgreSQL datasource (the application's own, defined from MicroProfile Config, or a server's
 * JDBC resource named by {@code db.jndi-name}) and the Flyway migrations that own the schema.
 * Migrations run once at start-up, before any feature touches JPA.
 */
package org.handmademarket.platform.persistence;
