package dev.widgetry.samples.signup;

import dev.widgetry.annotations.FormField;
import dev.widgetry.annotations.Widget;
import dev.widgetry.samples.constraints.Email;
import dev.widgetry.samples.constraints.NotBlank;
import dev.widgetry.samples.constraints.NotNull;
import dev.widgetry.samples.constraints.Size;

/**
 * What the sign-up form sends: every field comes from the page, and the generated parser checks
 * each constraint before the handler runs.
 *
 * @param name the person's name
 * @param email where the account's mail goes
 * @param password at least 8 characters
 * @param plan the plan they start on
 * @param updates whether they want product news by email
 */
@Widget
public record SignUp(
    @FormField @NotBlank @Size(max = 80) String name,
    @FormField @NotBlank @Email String email,
    @FormField @NotBlank @Size(min = 8) String password,
    @FormField @NotNull Plan plan,
    @FormField boolean updates) {

  /** Leaves the password out, so that no log line ever shows it. */
  @Override
  public String toString() {
    return "SignUp[name=" + name + ", email=" + email + ", plan=" + plan + ", updates=" + updates + "]";
  }
}
