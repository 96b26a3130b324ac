#version 330 core
// Fluoroscopy, pass 2: a full-target quad that turns accumulated density into a C-arm image.
layout(location = 0) in vec2 aCorner;

out vec2 vUv;

void main()
{
    vUv = aCorner;
    gl_Position = vec4(aCorner * 2.0 - 1.0, 0.0, 1.0);
}
