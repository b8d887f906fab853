package dev.widgetry.tests.actions;

import dev.widgetry.annotations.FormField;
import dev.widgetry.annotations.Widget;
import dev.widgetry.tests.constraints.Email;

/** A newsletter form: the plan comes from the button, the address from the form's input. */
@Widget
public record Subscribe(String plan, @FormField @Email String email) {}
