#version 330 core
// The colour is lit per vertex (see mesh.vert) and interpolated: the cheapest fragment stage there is.
in vec4 vColor;

out vec4 fragColor;

void main()
{
    fragColor = vColor;
}
