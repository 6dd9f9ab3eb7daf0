#!/usr/bin/env bash
# Installs the Debian packages kgen's tests need: glslang + SPIR-V tools, the Vulkan loader and headers,
# Mesa 25 lavapipe (bookworm-backports; Debian 12's Mesa 22 is too old for Dawn), the Khronos validation
# layer, and Chromium for the browser test.
set -euo pipefail
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
  echo "deb http://deb.debian.org/debian bookworm-backports main" | $SUDO tee /etc/apt/sources.list.d/kgen-backports.list >/dev/null
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  glslang-tools spirv-tools libvulkan-dev libvulkan1 vulkan-validationlayers vulkan-tools chromium >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends -t bookworm-backports mesa-vulkan-drivers >/dev/null
