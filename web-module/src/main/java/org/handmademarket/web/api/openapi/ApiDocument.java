package org.handmademarket.web.api.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.handmademarket.cart.Availability;
import org.handmademarket.cart.CartView;
import org.handmademarket.catalog.CategoryNode;
import org.handmademarket.catalog.listing.ImageView;
import org.handmademarket.catalog.listing.ListingCard;
import org.handmademarket.catalog.listing.ProductView;
import org.handmademarket.catalog.shop.ShopView;
import org.handmademarket.checkout.orders.OrderView;
import org.handmademarket.checkout.placing.CheckoutReceipt;
import org.handmademarket.checkout.placing.HoldView;
import org.handmademarket.favorites.FavoriteState;
import org.handmademarket.favorites.FavoritesView;
import org.handmademarket.feed.ExperimentReport;
import org.handmademarket.feed.FeedView;
import org.handmademarket.feed.SimilarProducts;
import org.handmademarket.identity.accounts.AccountProfile;
import org.handmademarket.identity.signin.SignedIn;
import org.handmademarket.identity.totp.CompletedSignIn;
import org.handmademarket.identity.totp.TotpEnrolment;
import org.handmademarket.identity.totp.TotpStatus;
import org.handmademarket.notifications.MailChoices;
import org.handmademarket.notifications.MailDeliveryView;
import org.handmademarket.payments.ledger.DayTotals;
import org.handmademarket.payments.ledger.TrailEntry;
import org.handmademarket.payments.payout.PayoutAccount;
import org.handmademarket.payments.payout.PayoutSummary;
import org.handmademarket.payments.payout.Payouts;
import org.handmademarket.payments.provider.PaymentOptions;
import org.handmademarket.platform.paging.Page;
import org.handmademarket.reviews.RatingSummary;
import org.handmademarket.reviews.ReviewView;
import org.handmademarket.search.SearchResult;
import org.handmademarket.search.Suggestions;
import org.handmademarket.shipping.ShippingSettings;
import org.handmademarket.web.api.identity.RecoveryCodes;
import org.handmademarket.web.api.payments.AuthenticationOutcome;
import org.handmademarket.web.api.status.StatusAnswer;

/**
 * The base of the API's OpenAPI document ({@code mp.openapi.model.reader}): the schemas of the
 * records it answers with. Payara's scanner sees only the WAR's own classes, so it cannot describe
 * the ejb-module's records that the resources return; the resources refer to these components by
 * name ({@code @Schema(ref = "CartView")}), and OpenApiSnapshotIT checks that every reference
 * resolves. The storefront's TypeScript types are generated from the resulting document.
 */
public class ApiDocument implements OASModelReader {

  private static final List<Class<?>> ANSWERS =
      List.of(
          AccountProfile.class,
          AuthenticationOutcome.class,
          Availability.class,
          CartView.class,
          CategoryNode.class,
          CheckoutReceipt.class,
          CompletedSignIn.class,
          DayTotals.class,
          ExperimentReport.class,
          FavoriteState.class,
          FavoritesView.class,
          FeedView.class,
          HoldView.class,
          ImageView.class,
          ListingCard.class,
          MailChoices.class,
          MailDeliveryView.class,
          PaymentOptions.Options.class,
          OrderView.class,
          PayoutAccount.class,
          PayoutSummary.class,
          ProductView.class,
          RatingSummary.class,
          RecoveryCodes.class,
          ReviewView.class,
          Payouts.RunSummary.class,
          SearchResult.class,
          ShippingSettings.class,
          ShopView.class,
          SignedIn.class,
          SimilarProducts.class,
          StatusAnswer.class,
          Suggestions.class,
          TotpEnrolment.class,
          TotpStatus.class,
          TrailEntry.class);

  /** The pages the API answers with ({@code Page<OrderView>} is the component OrderViewPage). */
  private static final List<Class<?>> PAGED =
      List.of(ListingCard.class, OrderView.class, ReviewView.class);

  /** The lists the API answers with ({@code List<ImageView>} is the component ImageViewList). */
  private static final List<Class<?>> LISTED =
      List.of(
          CategoryNode.class,
          DayTotals.class,
          ImageView.class,
          MailDeliveryView.class,
          PaymentOptions.TestMethod.class,
          TrailEntry.class);

  @Override
  public OpenAPI buildModel() {
    AnswerSchemas schemas = new AnswerSchemas();
    ANSWERS.forEach(schemas::describe);
    PAGED.forEach(item -> schemas.describe(Page.class, item));
    LISTED.forEach(schemas::describeList);
    Components components = OASFactory.createComponents().schemas(schemas.components());
    return OASFactory.createOpenAPI().components(components);
  }
}
