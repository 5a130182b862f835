/**
 * The demo catalogue: a deterministic, believable marketplace (accounts for every role, shops with
 * a long tail of sizes, listings across the whole category taxonomy, and locally drawn product
 * photos) generated from a seed and bulk-loaded into PostgreSQL with the COPY protocol.
 *
 * <p>The local stack loads it into an empty database after the application has created the schema;
 * {@link org.handmademarket.localstack.demo.DemoCatalogue#main} loads it into any database with the
 * marketplace schema, for benchmarks. Generation is separated from loading: {@code
 * CatalogueGenerator} emits plain records to a {@code CatalogueSink}, and {@code
 * PostgresCatalogueWriter} is the sink that writes them, so the same seed can be checked for
 * reproducibility without a database.
 */
package org.handmademarket.localstack.demo;
