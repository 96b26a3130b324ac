#version 330 core
// Key light from the viewer's upper left, hemisphere ambient (brighter from superior),
// Blinn-Phong specular per material, and a depth cue that fades far surfaces toward the background.
in vec3 vWorld;
in vec3 vNormal;

uniform vec3 uEye;
uniform vec3 uLightDir;
uniform vec4 uColor;
uniform float uSpecular;
uniform float uShininess;
uniform vec2 uDepthCue;      // distance where fading starts, distance where it is strongest
uniform vec3 uBackground;

out vec4 fragColor;

void main()
{
    vec3 n = normalize(vNormal);
    if (!gl_FrontFacing) n = -n;
    vec3 v = normalize(uEye - vWorld);
    vec3 l = normalize(uLightDir);

    float diffuse = max(dot(n, l), 0.0);
    float fill = max(dot(n, v), 0.0);
    float hemi = 0.5 + 0.5 * n.z;
    vec3 h = normalize(l + v);
    float specular = pow(max(dot(n, h), 0.0), uShininess) * uSpecular;

    vec3 color = uColor.rgb * (0.18 + 0.14 * hemi + 0.55 * diffuse + 0.22 * fill) + vec3(specular);

    float depth = length(uEye - vWorld);
    float cue = clamp((depth - uDepthCue.x) / max(uDepthCue.y - uDepthCue.x, 1.0), 0.0, 1.0);
    color = mix(color, uBackground, cue * 0.55);

    float alpha = uColor.a;
    if (alpha < 1.0)
    {
        // Translucent shells read better with a stronger silhouette (Fresnel-like rim).
        float rim = pow(1.0 - abs(dot(n, v)), 2.0);
        alpha = clamp(alpha + rim * 0.3, 0.0, 0.85);
    }

    fragColor = vec4(color, alpha);
}
