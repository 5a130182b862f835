package org.handmademarket.web.api.orders;

import jakarta.validation.constraints.Size;

/** {@code {reason?}}: a seller may say why they cancel. */
public class CancelRequest {

  @Size(max = 500)
  public String reason;
}
