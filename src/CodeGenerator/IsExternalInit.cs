// The polyfill must live in the namespace the compiler looks in.
#pragma warning disable IDE0130
namespace System.Runtime.CompilerServices;

// Lets records compile on netstandard2.0, which Roslyn components must target.
internal static class IsExternalInit
{
}
