package org.timeslice.model.share;

import org.timeslice.model.core.Limits;

/**
 * The shape of widget options in a link: keys are 1..{@link Limits#MAX_SHARE_OPTION_KEY_LENGTH}
 * characters of {@code a-z 0-9 -}; values are 0..{@link Limits#MAX_SHARE_OPTION_VALUE_LENGTH} characters
 * of {@code A-Z a-z 0-9 . _ -}. Options are tokens a widget chooses (e.g. {@code cmp=FIFO}), never free text.
 */
public final class ShareOptions {
  private ShareOptions() {}

  public static boolean validKey(String key) {
    if (key == null || key.isEmpty() || key.length() > Limits.MAX_SHARE_OPTION_KEY_LENGTH) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  public static boolean validValue(String value) {
    if (value == null || value.length() > Limits.MAX_SHARE_OPTION_VALUE_LENGTH) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '_' || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
