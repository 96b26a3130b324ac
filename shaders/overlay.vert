#version 330 core
// Screen-space textured quad for the HUD and panels; uRect is (x, y, width, height) in pixels, origin top-left.
layout(location = 0) in vec2 aCorner;

uniform vec4 uRect;
uniform vec2 uViewport;

out vec2 vUv;

void main()
{
    vec2 pixel = uRect.xy + aCorner * uRect.zw;
    vec2 ndc = vec2(pixel.x / uViewport.x * 2.0 - 1.0, 1.0 - pixel.y / uViewport.y * 2.0);
    vUv = aCorner;
    gl_Position = vec4(ndc, 0.0, 1.0);
}
