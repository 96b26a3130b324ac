#version 330 core
// Screen-space textured quad for the HUD and panels; uRect is (x, y, width, height) in pixels, origin top-left.
layout(location = 0) in vec2 aCorner;

uniform vec4 uRect;
uniform vec2 uViewport;
uniform float uFlipY;   // 1 for GL render textures (bottom row first), 0 for uploaded bitmaps

out vec2 vUv;

void main()
{
    vec2 pixel = uRect.xy + aCorner * uRect.zw;
    vec2 ndc = vec2(pixel.x / uViewport.x * 2.0 - 1.0, 1.0 - pixel.y / uViewport.y * 2.0);
    vUv = vec2(aCorner.x, mix(aCorner.y, 1.0 - aCorner.y, uFlipY));
    gl_Position = vec4(ndc, 0.0, 1.0);
}
