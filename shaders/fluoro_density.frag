#version 330 core
in float vDistance;

uniform float uDensity;

out vec4 fragColor;

void main()
{
    float signedDistance = gl_FrontFacing ? -vDistance : vDistance;
    fragColor = vec4(signedDistance * uDensity, 0.0, 0.0, 1.0);
}
