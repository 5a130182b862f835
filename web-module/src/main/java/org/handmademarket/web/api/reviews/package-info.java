/**
 * Reviews over HTTP: shoppers read a listing's and a shop's reviews and a listing's rating, buyers
 * write and change theirs ({@code /api/reviews}), sellers answer ({@code /api/seller/reviews}) and
 * support moderates ({@code /api/support/reviews}). Thin: the reviews feature decides.
 */
package org.handmademarket.web.api.reviews;
