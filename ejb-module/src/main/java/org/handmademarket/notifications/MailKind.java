package org.handmademarket.notifications;

/** What a mail is about; the mail log and support's pages show it. */
public enum MailKind {
  BUYER_ORDER_PLACED,
  BUYER_ORDER_SHIPPED,
  BUYER_ORDER_DELIVERED,
  BUYER_ORDER_CANCELLED,
  BUYER_ORDER_REFUNDED,
  /** A few days after delivery: how was it? The one mail a shopper may turn off. */
  BUYER_REVIEW_INVITATION,
  SELLER_NEW_ORDER,
  SELLER_ORDER_CANCELLED,
  SELLER_ORDER_REFUNDED,
  VERIFY_EMAIL,
  PASSWORD_RESET,
  PASSWORD_CHANGED,
  STAFF_SIGN_IN
}
