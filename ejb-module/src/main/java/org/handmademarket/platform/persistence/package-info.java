/**
 * The PostgreSQL datasource, defined from MicroProfile Config, and the Flyway migrations that own the
 * schema. Migrations run once at start-up, before any feature touches JPA.
 */
package org.handmademarket.platform.persistence;
