package org.torito.boot.teavm;

import org.teavm.backend.c.TeaVMCHost;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;
import org.torito.boot.teavm.classlib.ClasslibAccessors;
import org.torito.boot.teavm.classlib.ClasslibFixes;
import org.torito.boot.teavm.classlib.ClasslibGuards;
import org.torito.boot.teavm.classlib.HashMapOrder;
import org.torito.boot.teavm.classlib.JavaVersionDefaults;
import org.torito.boot.teavm.classlib.LinkedListCursor;

/**
 * Torito's changes to what TeaVM compiles. Registered only for Torito builds: the image
 * builder writes the META-INF/services entry into the build's own class folder
 * ({@link ApplicationBridge}), not into torito-boot's jar.
 */
public final class ToritoTeaVmPlugin implements TeaVMPlugin {

    @Override
    public void install(TeaVMHost host) {
        TeaVMCHost c = host.getExtension(TeaVMCHost.class);
        if (c != null) {
            c.addIntrinsic(context -> new OpaqueValuesIntrinsic());
            c.addIntrinsic(context -> new InitializedFlagsIntrinsic());
            c.addIntrinsic(context -> new StringLiteralsIntrinsic());
        }
        host.add(new DivisionTransformer());
        host.add(new ShiftDistances());
        host.add(new ArrayStoreChecks());
        host.add(new ArraySizeTransformer());
        host.add(new FloatConversionTransformer());
        host.add(new ExitMethodsTransformer());
        host.add(new DiskFileSystemInstaller());
        host.add(new ClasslibFixes());
        host.add(new ClasslibAccessors());
        host.add(new HashMapOrder());
        host.add(new LinkedListCursor());
        host.add(new JavaVersionDefaults());
        host.add(new ClasslibGuards());
        host.add(new ThrowableFields());
        host.add(new PreciseSleepTransformer());
        host.add(new WaitTimeoutTransformer());
        host.add(new EventQueueTopFix());
        host.add(new MonitorQueueFix());
        host.add(new SynchronizedMethods());
        host.add(new SuspendingMonitorEnter());
        host.add(new StandardErrorTransformer());
        host.add(new ThrowableClassNames());
        host.add(new ClassInitOrder());
        host.add(new ClassInitErrors());
        host.add(new MethodsCalledFromC());
    }
}
