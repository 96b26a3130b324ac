#version 330 core
// Fluoroscopy, pass 1: each surface adds (back faces) or subtracts (front faces) its distance from the
// source, times the tissue's density, so the sum along a ray is the density-weighted thickness crossed.
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;

uniform mat4 uModel;
uniform mat4 uViewProj;
uniform vec3 uSource;

out float vDistance;

void main()
{
    vec4 world = uModel * vec4(aPosition, 1.0);
    vDistance = distance(world.xyz, uSource);
    gl_Position = uViewProj * world;
}
