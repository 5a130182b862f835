package org.handmademarket.it.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Deployed with the tests only: an endpoint that validates a body and one that fails unexpectedly,
 * so that the API's error handling can be observed from outside exactly as a client sees it.
 */
@Path("test-probe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

  /**
   * A request body: constraints sit on fields (see docs/api.md on why not on record components).
   */
  public static class Parcel {
    @NotBlank
    @Size(max = 20)
    public String label;

    @NotNull
    @Min(1)
    @Max(99)
    public Integer quantity;
  }

  @POST
  @Path("parcels")
  @Consumes(MediaType.APPLICATION_JSON)
  public Parcel echo(@Valid Parcel parcel) {
    return parcel;
  }

  @GET
  @Path("failure")
  public String fail() {
    throw new IllegalStateException("secret internal detail that must not leak");
  }
}
