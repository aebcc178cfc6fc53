# Install roadmap without a Swift toolchain on the target: the release binary links the Swift
# standard library and Foundation statically, so it needs only glibc, libstdc++, ncursesw and
# libxml2 from the system.
#   make                      build the release binary (.build-release/release/roadmap)
#   make install [PREFIX=…]   install it, the man page, the completions and the shipped roadmap
#   make uninstall [PREFIX=…] remove exactly what install wrote
#   make deb                  a Debian package, roadmap_VERSION_ARCH.deb, in .build-release/
#   make man                  write docs/man/roadmap.1 anew (after changing a command or a key)
PREFIX ?= /usr/local
SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
SCRATCH ?= .build-release
BINARY := $(SCRATCH)/release/roadmap

.PHONY: all build install uninstall deb man

all: build

build:
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path $(SCRATCH) --product roadmap

install: build
	scripts/install.sh install "$(PREFIX)" "$(BINARY)"

uninstall:
	scripts/install.sh uninstall "$(PREFIX)"

deb: build
	scripts/make-deb.sh "$(BINARY)" "$(SCRATCH)"

man:
	scripts/man-page
