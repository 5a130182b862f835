package org.handmademarket.web.api.orders;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** {@code {reason, amount?}}: a refund by support; without an amount, all that is left. */
public class RefundRequest {

  @NotBlank
  @Size(max = 500)
  public String reason;

  @DecimalMin("0.01")
  @Digits(integer = 10, fraction = 2)
  public BigDecimal amount;
}
