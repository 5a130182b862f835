package org.handmademarket.web.api.shipping;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.shipping.ShippingProfiles;
import org.handmademarket.shipping.ShippingSettings;
import org.handmademarket.web.api.RequiredBody;

@Path("seller/shop/shipping")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Seller")
public class SellerShippingResource {

  @Inject ShippingProfiles profiles;

  @GET
  @Operation(
      summary = "The caller's shipping profile",
      description =
          "Where the shop ships from, its domestic and international rates (first item + each"
              + " additional item; international null = domestic only), the free-shipping threshold"
              + " for domestic orders (null = none) and the processing time in days. A shop that"
              + " never saved one gets the standard profile. 403 for an account without a shop.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ShippingSettings")))
  public ShippingSettings get() {
    return profiles.mine().settings();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace the caller's shipping profile",
      description =
          "The body has the shape GET answers. Rates 0.00 to 10000.00, threshold 1.00 to"
              + " 1000000.00 or null, at most two decimals (more is refused, not rounded);"
              + " processing days 1 to 60 with min <= max; originCountry an ISO 3166-1 alpha-2"
              + " code. Carts quote the new rates at once.")
  @APIResponse(
      responseCode = "200",
      description = "Saved; the profile as stored",
      content = @Content(schema = @Schema(ref = "ShippingSettings")))
  @APIResponse(
      responseCode = "400",
      description = "A field breaks a rule (problem+json naming it); nothing is saved")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "The account has no shop")
  public ShippingSettings put(@Valid ShippingRequest body) {
    return profiles.updateMine(RequiredBody.of(body).toSettings()).settings();
  }
}
