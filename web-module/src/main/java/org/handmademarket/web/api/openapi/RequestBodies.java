package org.handmademarket.web.api.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.handmademarket.web.api.cart.AddToCartRequest;
import org.handmademarket.web.api.cart.CartQuantityRequest;
import org.handmademarket.web.api.checkout.CheckoutRequest;
import org.handmademarket.web.api.checkout.HoldRequest;
import org.handmademarket.web.api.identity.ChallengeRequest;
import org.handmademarket.web.api.identity.CodeRequest;
import org.handmademarket.web.api.identity.EmailTokenRequest;
import org.handmademarket.web.api.identity.LoginRequest;
import org.handmademarket.web.api.identity.NewPasswordRequest;
import org.handmademarket.web.api.identity.OwnerProofRequest;
import org.handmademarket.web.api.identity.PasswordChangeRequest;
import org.handmademarket.web.api.identity.PasswordResetRequest;
import org.handmademarket.web.api.identity.RegisterRequest;
import org.handmademarket.web.api.identity.SecondStepRequest;
import org.handmademarket.web.api.notifications.MailPreferencesRequest;
import org.handmademarket.web.api.orders.CancelRequest;
import org.handmademarket.web.api.orders.ReasonRequest;
import org.handmademarket.web.api.orders.RefundRequest;
import org.handmademarket.web.api.orders.ShipRequest;
import org.handmademarket.web.api.payments.PaymentResource;
import org.handmademarket.web.api.reviews.ModerationRequest;
import org.handmademarket.web.api.reviews.ReplyRequest;
import org.handmademarket.web.api.reviews.ReviewRequest;
import org.handmademarket.web.api.seller.ImageOrderRequest;
import org.handmademarket.web.api.seller.ListingRequest;
import org.handmademarket.web.api.seller.PriceRequest;
import org.handmademarket.web.api.seller.QuantityRequest;
import org.handmademarket.web.api.seller.ShopRequest;
import org.handmademarket.web.api.shipping.ShippingRequest;

/**
 * The last step of the API's OpenAPI document ({@code mp.openapi.filter}): the schemas of the JSON
 * bodies the API reads, described from the request classes and their Bean Validation constraints.
 * They replace the scanner's, which leave out fields of some types (a listing's {@code categoryId},
 * {@code vintage} and {@code handmade}) and mark no property as required. RequestBodiesTest fails
 * when a resource reads a body that is not listed here.
 */
public class RequestBodies implements OASFilter {

  static final List<Class<?>> REQUESTS =
      List.of(
          AddToCartRequest.class,
          CancelRequest.class,
          CartQuantityRequest.class,
          ChallengeRequest.class,
          CheckoutRequest.class,
          CodeRequest.class,
          EmailTokenRequest.class,
          HoldRequest.class,
          ImageOrderRequest.class,
          ListingRequest.class,
          LoginRequest.class,
          MailPreferencesRequest.class,
          ModerationRequest.class,
          NewPasswordRequest.class,
          OwnerProofRequest.class,
          PasswordChangeRequest.class,
          PasswordResetRequest.class,
          PaymentResource.AuthenticationRequest.class,
          PriceRequest.class,
          QuantityRequest.class,
          ReasonRequest.class,
          RefundRequest.class,
          RegisterRequest.class,
          ReplyRequest.class,
          ReviewRequest.class,
          SecondStepRequest.class,
          ShipRequest.class,
          ShippingRequest.class,
          ShopRequest.class);

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    RequestSchemas schemas = new RequestSchemas();
    REQUESTS.forEach(schemas::describe);
    schemas.components().forEach(openAPI.getComponents()::addSchema);
  }
}
