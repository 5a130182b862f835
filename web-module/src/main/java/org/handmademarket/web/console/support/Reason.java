package org.handmademarket.web.console.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** Why support acts: required for every move, kept in the audit log. */
public class Reason implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank
  @Size(max = 500)
  private String text;

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
