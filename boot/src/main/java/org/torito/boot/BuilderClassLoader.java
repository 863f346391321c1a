package org.torito.boot;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;

/**
 * Where TeaVM reads the classes a program does not bring: the builder's own class path (TeaVM's
 * class library, torito-guest), then the JDK's modules. The second is needed because not every
 * host hands JDK class files on: Maven's exec:java, which builds the examples, runs the builder
 * in a class loader that answers no resource of {@code java.base} or {@code jdk.httpserver}, so
 * a program on {@code com.sun.net.httpserver} failed there and built under {@code torito build}.
 */
final class BuilderClassLoader extends ClassLoader {
    BuilderClassLoader() {
        super(ImageBuilder.class.getClassLoader());
    }

    @Override
    protected URL findResource(String name) {
        return ClassLoader.getPlatformClassLoader().getResource(name);
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        return ClassLoader.getPlatformClassLoader().getResources(name);
    }
}
