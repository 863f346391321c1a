/**
 * Torito's own versions of JDK classes, compiled into an image in place of the JDK's: a class
 * {@code org.torito.guest.jdk.java.x.TY} is what {@code java.x.Y} means in a guest
 * (org.torito.boot.teavm.JdkSubstitutions). Each keeps the JDK's public API and behaviour for
 * what docs/java-api.md lists, on the guest's kernel (cooperative threads per core, the per-core
 * TCP/IP stack), where the JDK's own would drag in what a guest cannot have (NIO selectors,
 * Cleaner, VarHandles, native libraries). A stand-in names other substituted classes by their
 * {@code T} names and every other JDK class by its own.
 */
package org.torito.guest.jdk;
