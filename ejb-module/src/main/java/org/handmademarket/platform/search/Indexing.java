package org.handmademarket.platform.search;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Selects the Elasticsearch client for work that may take long (creating indices, bulk loads,
 * waiting for refreshes), with the timeout {@code es.indexing.timeout.millis}. The unqualified
 * client keeps the short {@code es.timeout.millis} so that searches fail fast.
 */
@Qualifier
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER})
public @interface Indexing {}
