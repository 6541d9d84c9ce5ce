// libxlsxwriter opened when first used: each function annex calls is defined here and passes its call
// on to the library's function of the same name, looked up once. The dynamic loader binds every symbol
// of a library it loads at start (Debian builds libxlsxwriter and libcrypto with BIND_NOW): about 4.000
// bindings, half of all, for a library only the workbook with figures uses (docs/performance.md).

#ifndef _GNU_SOURCE
#define _GNU_SOURCE  // memfd_create
#endif

#include "CXlsxWriterLoader.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <xlsxwriter.h>

// The names tried in turn: the development link beside the headers annex was built with (present
// wherever it was built), then the run-time name of the version those headers are of.
#ifdef __APPLE__
static const char *const library_names[] = {"libxlsxwriter.dylib"};
#else
static const char *const library_names[] = {"libxlsxwriter.so", "libxlsxwriter.so.4"};
#endif
static const char *library_name = NULL;

static void *library;
static const char *problem;
static pthread_once_t opened = PTHREAD_ONCE_INIT;

static void open_library(void) {
    for (size_t index = 0; index < sizeof library_names / sizeof *library_names && library == NULL; index++) {
        library_name = library_names[index];
        library = dlopen(library_name, RTLD_NOW | RTLD_LOCAL);
        if (library == NULL) problem = dlerror();
    }
}

bool annex_xlsxwriter_open(void) {
    pthread_once(&opened, open_library);
    return library != NULL;
}

const char *annex_xlsxwriter_problem(void) {
    annex_xlsxwriter_open();
    return problem;
}

// The library's function `name`. A caller that did not check `annex_xlsxwriter_open` first (the
// workbook writer does) stops the program when the library is missing, as the loader did before.
static void *function(const char *name) {
    void *found = annex_xlsxwriter_open() ? dlsym(library, name) : NULL;
    if (found == NULL) {
        fprintf(stderr, "annex: %s: %s\n", library_name, problem != NULL ? problem : name);
        abort();
    }
    return found;
}

// The definition of the library's function `name`, which calls it with `arguments` (its parameters'
// names) once looked up.
#define RESOLVED(name) \
    static __typeof__(&name) resolved; \
    __typeof__(&name) call = __atomic_load_n(&resolved, __ATOMIC_ACQUIRE); \
    if (call == NULL) { \
        call = (__typeof__(&name))function(#name); \
        __atomic_store_n(&resolved, call, __ATOMIC_RELEASE); \
    }
#define FORWARD(result, name, parameters, arguments) \
    result name parameters { RESOLVED(name) return call arguments; }
#define FORWARD_VOID(name, parameters, arguments) \
    void name parameters { RESOLVED(name) call arguments; }

#include "functions.h"

#ifdef __linux__
#include <sys/mman.h>
#include <unistd.h>

// libxlsxwriter assembles each part of a workbook (the seed annex's has some 130: sheets, charts, drawings,
// relations) in a temporary file, which it reads back into the archive and closes before the next. It asks for
// each by calling `lxw_tmpfile` through the dynamic linker, which finds this definition, in the program, first:
// the part is then an anonymous file in memory (memfd_create), which no file system allocates, lists or removes.
// Creating one in the output folder cost more than writing it (docs/performance.md, perf71). annex writes with
// libxlsxwriter in its normal mode only, where the sheets are in memory already; so at most the part being
// stored is held besides. Where no such file can be made, the library's own function makes one in `tmpdir`.
FILE *lxw_tmpfile(char *tmpdir) {
    int descriptor = memfd_create("annex-xlsx-part", MFD_CLOEXEC);
    FILE *file = descriptor >= 0 ? fdopen(descriptor, "w+b") : NULL;
    if (file != NULL) return file;
    if (descriptor >= 0) close(descriptor);
    FILE *(*own)(char *) = (FILE * (*)(char *)) dlsym(library, "lxw_tmpfile");
    return own != NULL && own != lxw_tmpfile ? own(tmpdir) : NULL;
}
#endif
