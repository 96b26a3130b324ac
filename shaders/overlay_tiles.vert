#version 330 core
// The HUD drawn as the few rectangles where it has something to show (see OverlayCoverage):
// positions in pixels (origin top-left), texture coordinates of an uploaded top-row-first bitmap.
layout(location = 0) in vec2 aPixel;
layout(location = 1) in vec2 aUv;

uniform vec2 uViewport;

out vec2 vUv;

void main()
{
    vUv = aUv;
    gl_Position = vec4(aPixel.x / uViewport.x * 2.0 - 1.0, 1.0 - aPixel.y / uViewport.y * 2.0, 0.0, 1.0);
}
