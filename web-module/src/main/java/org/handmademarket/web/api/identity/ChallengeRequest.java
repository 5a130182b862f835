package org.handmademarket.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A sign-in challenge, to set up the authenticator app of a staff account within its sign-in. */
public class ChallengeRequest {

  @NotBlank
  @Size(max = 100)
  public String challenge;
}
