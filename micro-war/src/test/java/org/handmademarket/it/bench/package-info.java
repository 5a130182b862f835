/**
 * Load measurements of the cart and checkout, run on demand ({@code -Dbenchmark=true}); they print
 * numbers for docs/performance.md and assert only that nothing was oversold.
 */
package org.handmademarket.it.bench;
