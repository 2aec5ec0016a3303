package io.github.aimsplugin.check;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A setting that {@link CheckRequest#fingerprint()} leaves out, with the reason; every other record component of the
 * request reaches the fingerprint (RequestFingerprintTest fails when one does not).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface NotFingerprinted {

    /** Why leaving it out cannot leave a result stale. */
    String value();
}
