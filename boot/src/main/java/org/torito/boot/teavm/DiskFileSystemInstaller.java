package org.torito.boot.teavm;

import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.MethodHolder;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.runtime.fs.VirtualFileSystemProviderTransformer;

/**
 * Makes TeaVM's {@code VirtualFileSystemProvider.create()} return torito-guest's
 * {@code org.torito.guest.files.DiskFileSystem}: java.io and java.nio.file then work on the
 * disks at their mount points. TeaVM's C target installs its own transformer of the same method
 * first (CFileSystem, over libc's opendir/readdir/closedir, which a guest lacks: a link error);
 * a plugin's transformers run after the target's, so this body is the one that stays and
 * CFileSystem is no longer reachable.
 */
public final class DiskFileSystemInstaller extends VirtualFileSystemProviderTransformer {
    static final String FILE_SYSTEM = "org.torito.guest.files.DiskFileSystem";

    @Override
    protected void transformCreateMethod(MethodHolder method, ClassHolderTransformerContext context) {
        ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
        pe.construct(FILE_SYSTEM).returnValue();
    }
}
