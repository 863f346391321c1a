/* Platform functions that Java code in torito-guest calls through TeaVM's @Import. Both the
 * guest platform layer and the hosted stand-in (boot/src/main/c/hosted) define them. */
#ifndef TORITO_GUEST_H
#define TORITO_GUEST_H
#include <stdint.h>

/* System.err's bytes (org.torito.guest.runtime.StandardError). */
void torito_write_stderr(void *bytes, int32_t length);

#endif
