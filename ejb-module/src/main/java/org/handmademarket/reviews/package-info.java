/**
 * Reviews and ratings: a buyer reviews each item of a delivered order (or of one shipped long
 * enough ago) once, with stars, optional text and an optional photo, and may edit it for a while;
 * the shop's owner answers once and may edit the answer; support hides and restores reviews and
 * answers with a reason, recorded in the audit log. {@link org.handmademarket.reviews.Reviewing} is
 * the buyer's side, {@link org.handmademarket.reviews.SellerReplies} the seller's, {@link
 * org.handmademarket.reviews.ReviewModeration} support's and {@link
 * org.handmademarket.reviews.ReviewReading} what everyone reads. {@link
 * org.handmademarket.reviews.Ratings} recomputes a listing's rating ({@code listing_ratings}, owned
 * here) and its shop's (written through the catalogue's {@code ShopRatings}, which also tells
 * search) from the visible reviews in the transaction of every change. Purchases are asked of
 * checkout's {@code PurchasedItems}; names, titles and shops are read with SQL.
 */
package org.handmademarket.reviews;
