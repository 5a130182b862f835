package org.handmademarket.localstack.demo;

/**
 * The largest ids already used in the target database: generated rows take the ids after them. On a
 * fresh database all three are zero; accounts registered before the demo catalogue was loaded keep
 * theirs.
 */
record IdBase(long users, long shops, long products) {

  static final IdBase EMPTY = new IdBase(0, 0, 0);
}
