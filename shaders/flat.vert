#version 330 core
// The benchmark's floor: the same meshes with no lighting at all, so a frame's cost over this is shading and HUD.
layout(location = 0) in vec3 aPosition;

uniform mat4 uModel;
uniform mat4 uViewProj;

void main()
{
    gl_Position = uViewProj * (uModel * vec4(aPosition, 1.0));
}
