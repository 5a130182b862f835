package org.handmademarket.web.api.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request comes from, for throttling sign-ins and registrations: the connection's
 * remote address, unless that is one of the reverse proxies listed in {@code auth.trusted-proxies}.
 * Then {@code X-Forwarded-For} is read from its end, where each proxy appended the address it saw:
 * entries that are trusted proxies themselves are skipped, and the first other one is the client.
 * Anything to the left of it is whatever the client claimed and never counts; a request that does
 * not come from a listed proxy cannot choose its address at all.
 */
@ApplicationScoped
public class ClientAddresses {

  private final AddressRanges trustedProxies;

  /**
   * @param trustedProxies comma-separated; read as one string and split here, which every MP Config
   *     implementation supports (Payara's cannot inject an optional list)
   */
  @Inject
  public ClientAddresses(
      @ConfigProperty(name = "auth.trusted-proxies") Optional<String> trustedProxies) {
    this.trustedProxies =
        AddressRanges.of(trustedProxies.map(list -> List.of(list.split(","))).orElse(List.of()));
  }

  /** For the container's proxy. */
  protected ClientAddresses() {
    this.trustedProxies = AddressRanges.of(List.of());
  }

  public String of(HttpServletRequest request) {
    return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
  }

  /** The client of a connection from {@code peer} that carried this X-Forwarded-For (or null). */
  String of(String peer, String forwardedFor) {
    if (forwardedFor == null || !trustedProxies.contains(peer)) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (hop.isEmpty()) {
        return peer;
      }
      if (!trustedProxies.contains(hop)) {
        return hop;
      }
    }
    // Every hop is a proxy of ours: the request started there.
    return hops[0].strip();
  }
}
