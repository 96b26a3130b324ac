#version 330 core
// Lit surfaces: bone, soft tissue, instruments. Positions and normals in patient mm (LPS).
// Lighting is computed per vertex (Gouraud): on a CPU rasteriser the fragment stage is what a frame
// pays for, and the meshes are fine enough (triangles a few pixels across) that the picture is the same.
// Key light from the viewer's upper left, hemisphere ambient (brighter from superior), Blinn-Phong
// specular per material, and a depth cue that fades far surfaces toward the background.
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;

uniform mat4 uModel;
uniform mat4 uViewProj;
uniform vec3 uEye;
uniform vec3 uLightDir;
uniform vec4 uColor;
uniform float uSpecular;
uniform float uShininess;
uniform vec2 uDepthCue;      // distance where fading starts, distance where it is strongest
uniform vec3 uBackground;

out vec4 vColor;

void main()
{
    vec4 world = uModel * vec4(aPosition, 1.0);
    gl_Position = uViewProj * world;

    vec3 n = normalize(mat3(uModel) * aNormal);
    vec3 toEye = uEye - world.xyz;
    float depth = length(toEye);
    vec3 v = toEye / max(depth, 1e-4);
    float facing = dot(n, v);
    if (facing < 0.0)
    {
        // Seen from behind (an open shell): light the side that faces the viewer.
        n = -n;
        facing = -facing;
    }

    vec3 l = normalize(uLightDir);
    float diffuse = max(dot(n, l), 0.0);
    float hemi = 0.5 + 0.5 * n.z;
    vec3 h = normalize(l + v);
    float specular = pow(max(dot(n, h), 0.0), uShininess) * uSpecular;
    vec3 color = uColor.rgb * (0.18 + 0.14 * hemi + 0.55 * diffuse + 0.22 * facing) + vec3(specular);

    float cue = clamp((depth - uDepthCue.x) / max(uDepthCue.y - uDepthCue.x, 1.0), 0.0, 1.0);
    color = mix(color, uBackground, cue * 0.55);

    float alpha = uColor.a;
    if (alpha < 1.0)
    {
        // Translucent shells read better with a stronger silhouette (Fresnel-like rim).
        float rim = (1.0 - facing) * (1.0 - facing);
        alpha = clamp(alpha + rim * 0.3, 0.0, 0.85);
    }

    vColor = vec4(color, alpha);
}
