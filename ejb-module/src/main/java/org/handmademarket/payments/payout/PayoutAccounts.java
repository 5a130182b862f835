package org.handmademarket.payments.payout;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handmademarket.catalog.seller.SellerAccess;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.accounts.Accounts;
import org.handmademarket.payments.provider.AccountRequest;
import org.handmademarket.payments.provider.ConnectedAccount;
import org.handmademarket.payments.provider.PaymentGateway;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.platform.persistence.Timestamps;
import org.handmademarket.shipping.ShippingProfiles;

/**
 * The caller's shop's payout account: connecting one opens it at the provider (in the shop's
 * country, with the seller's email) and hands back the provider's onboarding page.
 */
@Stateless
public class PayoutAccounts {

  @PersistenceContext EntityManager em;

  @Inject SellerAccess sellers;
  @Inject CurrentUser currentUser;
  @Inject Accounts identities;
  @Inject ShippingProfiles shipping;
  @Inject PaymentGateway gateway;

  /** The shop's account, if it connected one. */
  public Optional<PayoutAccount> of(long shopId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT provider, account_id, connected_at FROM payout_accounts WHERE shop_id = ?1")
            .setParameter(1, shopId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            row ->
                new PayoutAccount((String) row[0], (String) row[1], Timestamps.of(row[2]), null));
  }

  /**
   * Connects the caller's shop, or answers the account it has.
   *
   * @param returnUrl where the provider's onboarding sends the seller back
   * @throws MarketplaceException 401, 403 without a shop, 503 without a payment provider
   */
  public PayoutAccount connectMine(String returnUrl) {
    long shopId = sellers.ownShopId();
    Optional<PayoutAccount> existing = of(shopId);
    if (existing.isPresent()) {
      return existing.get();
    }
    if (gateway.unavailable().isPresent()) {
      throw new MarketplaceException(
          ProblemType.PAYMENTS_UNAVAILABLE,
          "Payout accounts cannot be connected while no payment provider is configured.",
          Map.of());
    }
    String email = identities.profile(currentUser.requireUserId()).email();
    ConnectedAccount account =
        gateway.connect(
            new AccountRequest(shopId, email, shipping.of(shopId).originCountry(), returnUrl));
    em.createNativeQuery(
            "INSERT INTO payout_accounts (shop_id, provider, account_id) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT (shop_id) DO NOTHING")
        .setParameter(1, shopId)
        .setParameter(2, account.provider())
        .setParameter(3, account.accountId())
        .executeUpdate();
    return new PayoutAccount(
        account.provider(), account.accountId(), OffsetDateTime.now(), account.onboardingUrl());
  }
}
